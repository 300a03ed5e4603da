import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import type { TLSSocket } from 'node:tls';
import { fetchPage } from '../../src/fetch/index.ts';
import type { FetchOptions } from '../../src/fetch/index.ts';
import { fakeClock } from './helpers.ts';

const fixture = (name: string): string => readFileSync(new URL(`fixtures/${name}`, import.meta.url), 'utf8');
const cert = fixture('news-test-cert.pem');

test('https: connects to the checked address, sends the host name for SNI and verifies the certificate', async (t) => {
  const seen: string[] = [];
  const server = createServer({ key: fixture('news-test-key.pem'), cert }, (req, res) => {
    seen.push(`${(req.socket as TLSSocket).servername} ${req.headers.host} ${req.url}`);
    res.writeHead(200, { 'content-type': 'text/html' }).end('<p>secure</p>');
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  t.after(() => {
    server.closeAllConnections();
    server.close();
  });
  const { port } = server.address() as AddressInfo;
  const base: Partial<FetchOptions> = {
    clock: fakeClock(),
    allowedAddresses: ['127.0.0.1'],
    resolve: async () => [{ address: '127.0.0.1', family: 4 }],
    obeyRobots: false,
    retries: 0,
  };
  const url = `https://news.test:${port}/story`;
  const trusted = await fetchPage(url, { ...base, trustedCertificates: [cert] });
  assert.equal(trusted.ok ? Buffer.from(trusted.bytes).toString('utf8') : trusted.reason, '<p>secure</p>');
  assert.deepEqual(seen, [`news.test news.test:${port} /story`]);
  const untrusted = await fetchPage(url, base);
  assert.deepEqual(untrusted.ok ? null : [untrusted.code, untrusted.reason], ['network', `${url}: network error (DEPTH_ZERO_SELF_SIGNED_CERT)`]);
  const wrongName = await fetchPage(`https://other.test:${port}/story`, { ...base, trustedCertificates: [cert] });
  assert.deepEqual(wrongName.ok ? null : [wrongName.code, wrongName.reason], ['network', `https://other.test:${port}/story: network error (ERR_TLS_CERT_ALTNAME_INVALID)`]);
});
