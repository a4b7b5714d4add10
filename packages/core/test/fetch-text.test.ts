// fetchText decodes what it fetches like a lenient reader: the declared charset, else UTF-8, else
// Windows-1252 (a CSV saved by a spreadsheet under Windows), never replacement characters.
import { expect } from '@open-wc/testing';
import { AncreError, decodeBody, fetchText } from '../src/index.js';

/** "Hôtel de ville, 1er étage ; 5 €" in Windows-1252: é = E9, ô = F4, € = 80. */
const cp1252 = Uint8Array.from([
  0x48, 0xf4, 0x74, 0x65, 0x6c, 0x20, 0x64, 0x65, 0x20, 0x76, 0x69, 0x6c, 0x6c, 0x65, 0x2c, 0x20, 0x31, 0x65, 0x72, 0x20, 0xe9, 0x74, 0x61,
  0x67, 0x65, 0x20, 0x3b, 0x20, 0x35, 0x20, 0x80,
]);
const TEXT = 'Hôtel de ville, 1er étage ; 5 €';
const utf8 = (s: string) => new TextEncoder().encode(s);
const respond = (body: Uint8Array, type?: string) =>
  (async () => new Response(body as BodyInit, { headers: type ? { 'content-type': type } : {} })) as typeof fetch;

describe('decodeBody / fetchText decoding', () => {
  it('reads UTF-8, with or without a byte-order mark', async () => {
    expect(decodeBody(utf8(TEXT))).to.equal(TEXT);
    expect(decodeBody(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8(TEXT)]))).to.equal(TEXT);
    expect(await fetchText('https://data.example.org/a.csv', { fetchImpl: respond(utf8(TEXT), 'text/csv; charset=utf-8') })).to.equal(TEXT);
  });

  it('reads bytes that are not UTF-8 as Windows-1252, not as replacement characters', async () => {
    expect(decodeBody(cp1252)).to.equal(TEXT);
    const text = await fetchText('https://data.example.org/liste-fs.csv', { fetchImpl: respond(cp1252, 'text/csv') });
    expect(text).to.equal(TEXT);
    expect(text).not.to.contain('\uFFFD');
  });

  it('follows the charset the server declares, and ignores an unknown one', () => {
    const latin1 = Uint8Array.from([0x43, 0x41, 0x46, 0x20, 0xe0, 0x20, 0x4c, 0xe9, 0x7a, 0x61, 0x74]); // "CAF à Lézat"
    expect(decodeBody(latin1, 'text/csv;charset=ISO-8859-1')).to.equal('CAF à Lézat');
    expect(decodeBody(latin1, 'text/csv; charset="windows-1252"')).to.equal('CAF à Lézat');
    expect(decodeBody(utf8('Lézat'), 'text/csv; charset=x-nonsense')).to.equal('Lézat');
  });

  it('counts the size cap in bytes', async () => {
    const body = utf8('é'.repeat(600)); // 1,200 bytes, 600 characters
    const error = await fetchText('https://data.example.org/big.csv', { fetchImpl: respond(body), maxBytes: 1000 }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).to.be.instanceOf(AncreError);
    expect((error as AncreError).problems[0]!.code).to.equal('load/too-large');
  });
});
