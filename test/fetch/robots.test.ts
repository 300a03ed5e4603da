import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normalisePercent, parseRobots, patternMatches, robotsDecision, rulesFor } from '../../src/fetch/robots.ts';

test('patternMatches: prefixes, wildcards and the end anchor', () => {
  const cases: ReadonlyArray<readonly [string, string, boolean]> = [
    ['/', '/anything', true],
    ['/fish', '/fish', true],
    ['/fish', '/fish.html', true],
    ['/fish', '/Fish.asp', false],
    ['/fish', '/catfish', false],
    ['/fish*', '/fishheads/yummy.html', true],
    ['/fish/', '/fish', false],
    ['/*.php', '/index.php', true],
    ['/*.php', '/folder/filename.php?parameters', true],
    ['/*.php', '/windows.PHP', false],
    ['/*.php$', '/filename.php', true],
    ['/*.php$', '/filename.php?parameters', false],
    ['/*.php$', '/filename.php5', false],
    ['/fish*.php', '/fishheads/catfish.php?parameters', true],
    ['/fish*.php', '/Fish.PHP', false],
    ['/a*b*c$', '/axxbyyc', true],
    ['/a*b*c$', '/axxbyycz', false],
    ['/a*bc$', '/abc', true],
    ['/a*bc$', '/ab', false],
    ['/$', '/', true],
    ['/$', '/a', false],
    ['*', '/x', true],
    ['/a$b', '/a$b/c', true],
  ];
  for (const [pattern, path, expected] of cases) assert.equal(patternMatches(pattern, path), expected, `${pattern} ~ ${path}`);
});

const SAMPLE = [
  '# comment line',
  'User-agent: *',
  'Disallow: /private',
  'Allow: /private/open',
  '',
  'User-agent: OtherBot',
  'User-agent: NewsPrism/2.0',
  'Disallow: /news/drafts # trailing comment',
  'Allow: /news/drafts/public$',
  'Disallow: /*.pdf$',
  'Crawl-delay: 5',
  'Sitemap: https://example.org/sitemap.xml',
  'User-agent: newsprism',
  'Disallow: /archive/',
  'Disallow:',
].join('\r\n');

test('parseRobots groups agents and merges the groups naming us', () => {
  const robots = parseRobots(SAMPLE);
  assert.equal(robots.groups.length, 3);
  assert.deepEqual(robots.groups[1]?.agents, ['otherbot', 'newsprism']);
  assert.deepEqual(rulesFor(robots, 'newsprism').map((rule) => `${rule.allow ? 'A' : 'D'} ${rule.pattern}`), [
    'D /news/drafts',
    'A /news/drafts/public$',
    'D /*.pdf$',
    'D /archive/',
  ]);
  assert.deepEqual(rulesFor(robots, 'somebot').map((rule) => rule.pattern), ['/private', '/private/open']);
});

test('robotsDecision: longest match wins, Allow wins ties, our group replaces *', () => {
  const robots = parseRobots(SAMPLE);
  const cases: ReadonlyArray<readonly [string, string, boolean]> = [
    ['newsprism', '/private/x', true],
    ['newsprism', '/news/drafts/1', false],
    ['newsprism', '/news/drafts/public', true],
    ['newsprism', '/news/drafts/public?x=1', false],
    ['newsprism', '/files/report.pdf', false],
    ['newsprism', '/files/report.pdf?download', true],
    ['newsprism', '/archive/2020', false],
    ['newsprism', '/archive', true],
    ['newsprism', '/robots.txt', true],
    ['somebot', '/private/x', false],
    ['somebot', '/private/open/y', true],
    ['somebot', '/news/drafts/1', true],
  ];
  for (const [agent, path, allowed] of cases) assert.equal(robotsDecision(robots, agent, path).allowed, allowed, `${agent} ${path}`);
  const tie = parseRobots('User-agent: *\nDisallow: /page\nAllow: /page\n');
  assert.equal(robotsDecision(tie, 'newsprism', '/page').allowed, true);
  assert.equal(robotsDecision(parseRobots(''), 'newsprism', '/x').allowed, true);
  assert.equal(robotsDecision(parseRobots('Disallow: /\n'), 'newsprism', '/x').allowed, true, 'rules outside a group are ignored');
  assert.equal(robotsDecision(parseRobots('User-agent: *\nDisallow: /\n'), 'newsprism', '/x').allowed, false);
  assert.equal(robotsDecision(parseRobots('user-agent: *\ndisallow: /\n'), 'newsprism', '/x').allowed, false, 'keys are case-insensitive');
});

test('robotsDecision names the rule that decided', () => {
  const decision = robotsDecision(parseRobots(SAMPLE), 'newsprism', '/archive/1');
  assert.deepEqual(decision, { allowed: false, rule: { allow: false, pattern: '/archive/' } });
});

test('non-ASCII patterns match the percent-encoded path of a URL', () => {
  const robots = parseRobots('User-agent: *\nDisallow: /café\nDisallow: /a%3cd\n');
  assert.equal(robotsDecision(robots, 'newsprism', new URL('https://x.test/café/1').pathname).allowed, false);
  assert.equal(robotsDecision(robots, 'newsprism', '/a%3Cd').allowed, false);
  assert.equal(normalisePercent('/\ud800x'), '/%EF%BF%BDx');
});

test('a hostile robots.txt is parsed and matched quickly', () => {
  const started = performance.now();
  const pattern = `/${'a*'.repeat(2000)}b$`;
  const robots = parseRobots(`User-agent: *\n${`Disallow: ${pattern}\n`.repeat(50)}${'x'.repeat(200_000)}\n`);
  assert.equal(robotsDecision(robots, 'newsprism', `/${'a'.repeat(20_000)}`).allowed, true);
  assert.ok(performance.now() - started < 1000);
});
