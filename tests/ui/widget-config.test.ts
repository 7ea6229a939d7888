import { describe, expect, it } from 'vitest';
import { readConfig } from '../../src/ui/widget-config.js';

const PAGE = 'https://kommune.example/borger';
const tag = (attributes: Record<string, string>) => readConfig((name) => (Object.hasOwn(attributes, name) ? attributes[name]! : null), 'da', PAGE);

describe('the script tag’s data-municipality', () => {
  it('"Aarhus" and " aarhus " mean aarhus', () => {
    for (const given of ['Aarhus', ' aarhus ', 'AARHUS\n']) expect(tag({ municipality: given })).toMatchObject({ config: { municipality: 'aarhus' }, problem: null });
  });

  it('"../aarhus" is a problem that names the attribute, not the demo municipality', () => {
    const { config, problem } = tag({ municipality: '../aarhus' });
    expect(problem).toBe('data-municipality="../aarhus" is not a municipality slug (lower-case letters, digits and hyphens, e.g. "aarhus").');
    expect(config.municipality).not.toBe('demo');
  });

  it('a missing attribute is a problem, not the demo municipality', () => {
    const { config, problem } = tag({});
    expect(problem).toMatch(/^data-municipality is missing/);
    expect(config.municipality).not.toBe('demo');
  });

  it('an empty attribute is a problem too', () => {
    expect(tag({ municipality: '  ' }).problem).toMatch(/^data-municipality=" {2}" is not a municipality slug/);
  });
});

describe('the script tag’s data-color (the launcher’s background)', () => {
  it.each([
    ['#004d99', '#004d99', null],
    ['#004D99', '#004d99', null],
    [' #003366 ', '#003366', null],
    // One form to check keeps the loader small.
    ['#036', null, /^data-color="#036" is not a colour like "#3c5c22"; the launcher keeps its own\.$/],
    ['red', null, /^data-color="red" is not a colour/],
    ['', null, /^data-color="" is not a colour/],
    ['#12345', null, /is not a colour/],
    ['url(https://tracker.example/x)', null, /is not a colour/],
    ['#004d99; background-image: url(x)', null, /is not a colour/],
  ])('%j gives %j', (given, color, warning) => {
    const read = tag({ municipality: 'aarhus', color: given });
    expect(read.config.color).toBe(color);
    if (warning) expect(read.warning).toMatch(warning);
    else expect(read.warning).toBeNull();
    expect(read.problem).toBeNull();
  });

  it('none given: the default colour, nothing to say', () => {
    expect(tag({ municipality: 'aarhus' })).toMatchObject({ config: { color: null }, warning: null });
  });
});
