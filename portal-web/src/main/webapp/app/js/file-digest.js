// SHA-256 of a file in the browser, read in 4 MiB slices: a 1 GiB call recording is fingerprinted without ever
// being in memory whole (crypto.subtle digests one buffer only). The pinned @noble/hashes (package.json) is served
// from app/vendor/.
import { sha256 } from '../vendor/noble-hashes/sha2.js';

const CHUNK = 4 * 1024 * 1024;

/** @param onProgress called after each slice with the share read so far, 0 to 1 */
export async function sha256OfFile(file, onProgress = () => {}) {
  const hasher = sha256.create();
  for (let offset = 0; offset < file.size; offset += CHUNK) {
    hasher.update(new Uint8Array(await file.slice(offset, offset + CHUNK).arrayBuffer()));
    onProgress(Math.min(1, (offset + CHUNK) / file.size));
  }
  onProgress(1);
  return [...hasher.digest()].map((b) => b.toString(16).padStart(2, '0')).join('');
}
