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
