-- What a notification is about, as an event and its parameters (references, types, states: never
-- personal data), so pages word it in the reader's language; the English subject stays for e-mail.
alter table notification add column event varchar(40);
alter table notification add column params text not null default '{}';
