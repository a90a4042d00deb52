// A page of static text only (the server's "not found" and "something went wrong" pages): header, language, texts.
import { startPage } from '../layout.js';

await startPage();
