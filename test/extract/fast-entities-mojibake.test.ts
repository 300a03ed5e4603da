import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Parser } from 'htmlparser2';
import type { SaxHandler } from '../../src/extract/html/sax.ts';
import { ampersandFinder, decodeAttributes, runSax } from '../../src/extract/html/sax.ts';
import { isSpaceCode, nonSpaceLength } from '../../src/extract/fast/blocks.ts';
import { isBoilerplateNamed, namesBoilerplate, nonContentTest, rememberingNamesBoilerplate } from '../../src/extract/fast/prune.ts';
import { decodeSequence, repairMojibake } from '../../src/extract/fast/mojibake.ts';
import { parseHtml } from '../../src/extract/fast/tree.ts';
import { bodyOf, mainText } from '../../src/extract/fast/index.ts';

/** The events a handler sees, text runs joined (the number of text events may differ, their text not). */
function recorder(): { handler: SaxHandler; events: string[] } {
  const events: string[] = [];
  const handler: SaxHandler = {
    onopentag(name, attrs) {
      events.push(`<${name} ${JSON.stringify(attrs)}>`);
    },
    onclosetag(name) {
      events.push(`</${name}>`);
    },
    ontext(text) {
      const last = events.length - 1;
      if (last >= 0 && events[last]?.startsWith('#')) events[last] += text;
      else events.push(`#${text}`);
    },
  };
  return { handler, events };
}

/** What htmlparser2 reports when it decodes entities itself. */
function decodedByTokenizer(html: string): string[] {
  const { handler, events } = recorder();
  new Parser(handler, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true }).end(html);
  return events;
}

function decodedBySax(html: string): string[] {
  const { handler, events } = recorder();
  runSax(html, handler);
  return events;
}

describe('runSax decodes entities as the tokenizer would', () => {
  const pages: [string, string][] = [
    ['text', '<p>Fish &amp; chips &lt;3 &eacute;t&eacute; &#8211; &#x2014; &nbsp;end</p>'],
    ['legacy entities without a semicolon', '<p>AT&T &amp more &copy 2020 &notit; &ampx</p>'],
    ['attribute values', '<a href="/s?a=1&amp;b=2&copy=3" title="Tom &amp; Jerry" data-x=\'&lt;\' data-y=a&amp;b>x</a>'],
    ['title', '<html><head><title>News &amp; views &ndash; today</title></head><body>x</body></html>'],
    ['raw text kept as written', '<script>var a = "&amp;";</script><style>a::after{content:"&amp;"}</style><textarea>&amp;</textarea><p>&amp;</p>'],
    ['JSON-LD', '<script type="application/ld+json">{"headline":"A &amp; B"}</script>'],
    ['ampersands far apart', `<div class="a">${'x'.repeat(500)}</div><img alt="R&amp;D"><p>1 &gt; 0</p>`],
    ['no entities at all', '<div id="main"><p>Plain text.</p></div>'],
    ['a bare ampersand', '<p>Tom & Jerry &</p><a href="?q=1&x">y</a>'],
  ];
  for (const [name, html] of pages) it(name, () => assert.deepEqual(decodedBySax(html), decodedByTokenizer(html)));
});

describe('ampersandFinder', () => {
  it('answers ranges in reading order', () => {
    const has = ampersandFinder('ab&cd....&x');
    assert.deepEqual([has(0, 1), has(0, 2), has(3, 8), has(3, 9), has(10, 10)], [false, true, false, true, false]);
  });
  it('finds none in a page without one', () => assert.equal(ampersandFinder('<p>x</p>')(0, 7), false));
});

describe('decodeAttributes', () => {
  it('decodes only values holding an entity', () => assert.deepEqual(decodeAttributes({ a: 'x&amp;y', b: 'plain' }), { a: 'x&y', b: 'plain' }));
});

describe('nonSpaceLength', () => {
  const cases = ['', 'abc', ' a b\tc\n', '\u00a0x\u2009y\u3000z\ufeff', 'ä ö\u200b', '\u2028\u2029\u1680\u202f\u205f'];
  for (const text of cases) it(JSON.stringify(text), () => assert.equal(nonSpaceLength(text), text.replace(/\s+/g, '').length));
  it('agrees with \\s on the first 0x3100 code points', () => {
    for (let code = 0; code < 0x3100; code++) assert.equal(isSpaceCode(code), /\s/.test(String.fromCharCode(code)), code.toString(16));
    assert.equal(isSpaceCode(0xfeff), true);
  });
});

describe('namesBoilerplate', () => {
  const cases: [string, boolean][] = [
    ['share-bar', true],
    ['post-comments widget', true],
    ['entry-meta', true],
    ['sidebar article-body', false],
    ['content-sidebar-wrap', false],
    ['block--nav', false],
    ['  related ', true],
    ['story', false],
  ];
  for (const [names, expected] of cases) it(`${names}: ${expected}`, () => assert.equal(namesBoilerplate(names), expected));

  it('remembers a verdict per name string without changing it', () => {
    const named = rememberingNamesBoilerplate();
    assert.deepEqual([named('share-bar'), named('share-bar'), named('story'), named('story')], [true, true, false, false]);
  });
});

describe('nonContentTest', () => {
  it('prunes what isNonContent prunes', () => {
    const body = bodyOf(parseHtml('<html><body><nav>n</nav><div class="share">s</div><div class="share">t</div><div class="story">x</div></body></html>'));
    const test = nonContentTest();
    const verdicts = body.children.flatMap((c) => (typeof c === 'string' ? [] : [test(c)]));
    assert.deepEqual(verdicts, [true, true, true, false]);
    assert.equal(isBoilerplateNamed(body), false);
  });
});

describe('repairMojibake', () => {
  const cases: [string, string][] = [
    ['So schÃ¶n winterlich', 'So schön winterlich'],
    ['sprzeciwiajÄ… siÄ™ atakom – ok', 'sprzeciwiają się atakom – ok'],
    ['ÐŸÑ€Ð¸Ð²ÐµÑ‚', 'Привет'],
    ['Itâ€™s a cafÃ©', 'It’s a café'],
    ['zu Fuß“ und wieder Fuß“', 'zu Fuß“ und wieder Fuß“'],
    ['Fuß… und ß\u00ad', 'Fuß… und ß\u00ad'],
    ['Â» weiter', 'Â» weiter'],
    ['Größe, Straße, «Zitat», à la carte, CAFÉ’s', 'Größe, Straße, «Zitat», à la carte, CAFÉ’s'],
    ['plain ASCII', 'plain ASCII'],
  ];
  for (const [text, expected] of cases) it(text, () => assert.equal(repairMojibake(text), expected));
  it('leaves a sequence that is not UTF-8 as it is', () => assert.equal(decodeSequence('Ã('), 'Ã('));
});

describe('mainText repairs text encoded twice inside sound text', () => {
  it('reads the article in its letters', () => {
    const paragraph = 'Kolejne organizacje sprzeciwiajÄ… siÄ™ skandalicznym atakom, a rada miasta zebraÅ‚a siÄ™ we wtorek, aby o tym rozmawiaÄ‡ z mieszkaÅ„cami.';
    const page = parseHtml(`<html><body><article>${`<p>${paragraph}</p>`.repeat(3)}</article><footer>© 2020 – Radio</footer></body></html>`);
    const text = mainText(page)?.text ?? '';
    assert.match(text, /sprzeciwiają się/);
    assert.doesNotMatch(text, /Ä/);
  });
});
