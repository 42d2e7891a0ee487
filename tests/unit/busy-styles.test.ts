// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

// Content waiting for its replacement (a table or list marked aria-busy, the grid's `.busy`) stays readable: it
// turns grey rather than fading (docs/product-rules.md, 'The list'). Faded to 55–60 %, its text fell to 2.4:1,
// below AA, and axe only sees that state where a test holds it (tests/e2e/a11y.spec.ts, activity.spec.ts). This
// holds every stylesheet to the rule, including the states no end-to-end test reaches with the seeded data.

function stylesheets(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.css'))
    .map((name) => join(dir, name));
}

/** The innermost `selector { declarations }` blocks of a stylesheet, comments removed. */
function rules(css: string): { selector: string; body: string }[] {
  const plain = css.replace(/\/\*[\s\S]*?\*\//g, '');
  return [...plain.matchAll(/([^{}]+)\{([^{}]*)\}/g)].map((m) => ({
    selector: (m[1] ?? '').trim(),
    body: m[2] ?? '',
  }));
}

/** Busy-state rules that make their content translucent. */
function fadedBusyRules(css: string): string[] {
  return rules(css)
    .filter(({ selector }) => /aria-busy|\.busy\b/.test(selector))
    .filter(({ body }) =>
      [...body.matchAll(/(?:^|;|\s)opacity\s*:\s*([\d.]+)/g)].some((m) => Number(m[1]) < 1),
    )
    .map(({ selector }) => selector);
}

describe('busy states', () => {
  it('the check finds a faded busy rule', () => {
    expect(fadedBusyRules(".list[aria-busy='true'] {\n  opacity: 0.6;\n}")).toEqual([
      ".list[aria-busy='true']",
    ]);
    expect(fadedBusyRules('.busy tbody { filter: grayscale(1); }')).toEqual([]);
  });

  it('no stylesheet fades content that is waiting for its replacement', () => {
    const faded = stylesheets(join(process.cwd(), 'src')).flatMap((file) =>
      fadedBusyRules(readFileSync(file, 'utf8')).map(
        (selector) => `${relative(process.cwd(), file)}: ${selector}`,
      ),
    );
    expect(faded).toEqual([]);
  });
});
