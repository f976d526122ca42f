// The edit engine on every layout the loader accepts: each expected text is
// written out by hand, byte for byte.
import { describe, expect, it } from 'vitest';
import { editYaml, EditError } from '../../../../src/io/yaml/edit-yaml.js';

describe('editYaml', () => {
  it('adds several keys to a section the file lacks, as one new section at the end', () => {
    const src = 'id: a\nname: A\nattractiveness:\n  size: 5\n';
    expect(editYaml(src, [
      { path: ['positioning', 'spend'], value: 3 },
      { path: ['positioning', 'significance'], value: 8 },
    ])).toBe('id: a\nname: A\nattractiveness:\n  size: 5\npositioning:\n  spend: 3\n  significance: 8\n');
  });

  it('keeps every new key when the file has no final newline, and still ends without one', () => {
    const src = 'id: a\nname: A\nattractiveness:\n  size: 5';
    expect(editYaml(src, [
      { path: ['attractiveness', 'growth_potential'], value: 4 },
      { path: ['attractiveness', 'size'], value: 6 },
      { path: ['strength', 'trust'], value: 7 },
      { path: ['strength', 'price'], value: 2 },
    ])).toBe('id: a\nname: A\nattractiveness:\n  size: 6\n  growth_potential: 4\nstrength:\n  trust: 7\n  price: 2');
  });

  it('adds to flow mappings, including questions: {…}', () => {
    const src = 'id: a\nname: A\nattractiveness: { size: 5 }\nopportunities:\n  - id: o\n    questions: {real: yes}\n';
    expect(editYaml(src, [
      { path: ['attractiveness', 'growth_potential'], value: 4 },
      { path: ['opportunities', 0, 'questions', 'real'], value: 'yes' },
      { path: ['opportunities', 0, 'questions', 'compete'], value: 'no' },
      { path: ['opportunities', 0, 'questions', 'win'], value: 'unsure' },
    ])).toBe('id: a\nname: A\nattractiveness: { size: 5, growth_potential: 4 }\nopportunities:\n  - id: o\n    questions: {real: yes, compete: no, win: unsure}\n');
    expect(editYaml('id: a\nname: A\nstrength: {}\n', [{ path: ['strength', 'trust'], value: 3 }])).toBe('id: a\nname: A\nstrength: {trust: 3}\n');
  });

  it('adds two notes to an opportunity with none', () => {
    const src = 'id: a\nname: A\nopportunities:\n- id: o\n  stage: identified\n- id: p\n';
    expect(editYaml(src, [
      { path: ['opportunities', 0, 'notes', 'real'], value: 'seen the budget' },
      { path: ['opportunities', 0, 'notes', 'win'], value: 'CFO: "maybe"' },
    ])).toBe('id: a\nname: A\nopportunities:\n- id: o\n  stage: identified\n  notes:\n    real: seen the budget\n    win: \'CFO: "maybe"\'\n- id: p\n');
  });

  it('keeps CRLF, CR and a BOM, and adds lines with the same breaks', () => {
    expect(editYaml('\uFEFFid: a\r\nname: A\r\nstrength:\r\n  trust: 5 # hm\r\n', [
      { path: ['strength', 'trust'], value: 6 },
      { path: ['strength', 'price'], value: 1 },
      { path: ['relationship', 'stage'], value: 'basic' },
    ])).toBe('\uFEFFid: a\r\nname: A\r\nstrength:\r\n  trust: 6 # hm\r\n  price: 1\r\nrelationship:\r\n  stage: basic\r\n');
    expect(editYaml('id: a\rname: A\rstrength:\r  trust: 5\r', [
      { path: ['strength', 'price'], value: 1 },
      { path: ['strength', 'trust'], value: 2 },
    ])).toBe('id: a\rname: A\rstrength:\r  trust: 2\r  price: 1\r');
  });

  it('replaces a quoted value with a multi-line note on one line, keeping the quotes', () => {
    const src = 'id: a\nname: A\nopportunities:\n  - id: o\n    notes: { win: "old" }\n';
    expect(editYaml(src, [{ path: ['opportunities', 0, 'notes', 'win'], value: 'line one\nline "two"' }]))
      .toBe('id: a\nname: A\nopportunities:\n  - id: o\n    notes: { win: "line one\\nline \\"two\\"" }\n');
    expect(editYaml("id: a\nname: 'A'\n", [{ path: ['name'], value: "O'Neil & Co" }])).toBe("id: a\nname: 'O''Neil & Co'\n");
  });

  it('replaces a block scalar and keeps its style', () => {
    const src = 'id: a\nname: A\nplan:\n  charter:\n    situation: |\n      old text\n      more\n    objectives: [x]\n';
    expect(editYaml(src, [{ path: ['plan', 'charter', 'situation'], value: 'new\ntext\n' }]))
      .toBe('id: a\nname: A\nplan:\n  charter:\n    situation: |\n      new\n      text\n    objectives: [x]\n');
  });

  it('quotes what would otherwise read as another type or break the layout', () => {
    const src = 'id: a\nname: A\nindustry: Food\ntags: [x]\n';
    expect(editYaml(src, [{ path: ['industry'], value: 'true' }])).toBe('id: a\nname: A\nindustry: "true"\ntags: [x]\n');
    expect(editYaml(src, [{ path: ['industry'], value: 'a: b # c' }])).toBe('id: a\nname: A\nindustry: "a: b # c"\ntags: [x]\n');
    expect(editYaml(src, [{ path: ['tags', 1], value: 'y, z' }])).toBe('id: a\nname: A\nindustry: Food\ntags: [x, "y, z"]\n');
  });

  it('fills an empty section and appends to block lists with their own indentation', () => {
    expect(editYaml('id: a\nname: A\npositioning:\nrelationship: ~\n', [
      { path: ['positioning', 'spend'], value: 2 },
      { path: ['relationship', 'stage'], value: 'basic' },
    ])).toBe('id: a\nname: A\npositioning:\n  spend: 2\nrelationship: { stage: basic }\n');
    const src = 'id: a\nname: A\nperformance:\n    satisfaction:\n    - date: 2026-01-02\n      score: 7   # survey\n# end\n';
    expect(editYaml(src, [{ path: ['performance', 'satisfaction', 1], value: { date: '2026-11-01', score: 8, note: 'better' } }]))
      .toBe('id: a\nname: A\nperformance:\n    satisfaction:\n    - date: 2026-01-02\n      score: 7   # survey\n    - date: 2026-11-01\n      score: 8\n      note: better\n# end\n');
  });

  it('adds whole new items to a list the file lacks', () => {
    expect(editYaml('id: a\nname: A # n\n', [{ path: ['opportunities'], value: [{ id: 'o', value: 5 }] }]))
      .toBe('id: a\nname: A # n\nopportunities:\n  - id: o\n    value: 5\n');
  });

  it('changes a list item by item: edits in place, appends, or rewrites it whole when it shrinks', () => {
    const src = 'id: a\nname: A\nplan:\n  charter:\n    objectives:\n      - Cut energy   # board goal\n      - Launch range\n    barriers: [capex, people]\n';
    expect(editYaml(src, [{ path: ['plan', 'charter', 'objectives'], value: ['Cut energy', 'Launch a range', 'Hire'] }]))
      .toBe('id: a\nname: A\nplan:\n  charter:\n    objectives:\n      - Cut energy   # board goal\n      - Launch a range\n      - Hire\n    barriers: [capex, people]\n');
    expect(editYaml(src, [{ path: ['plan', 'charter', 'objectives'], value: ['Only this'] }, { path: ['plan', 'charter', 'barriers'], value: ['capex'] }]))
      .toBe('id: a\nname: A\nplan:\n  charter:\n    objectives:\n      - Only this\n    barriers: [capex]\n');
  });

  it('refuses what it cannot do rather than write something else', () => {
    expect(() => editYaml('id: a\nname: A\nstrength: 5\n', [{ path: ['strength', 'trust'], value: 1 }])).toThrow(EditError);
    expect(() => editYaml('id: a\nname: A\ntags: [x]\n', [{ path: ['tags', 3], value: 'y' }])).toThrow(EditError);
  });

  it('returns the text untouched when nothing changes', () => {
    const src = '\uFEFFid: a\r\nname: A';
    expect(editYaml(src, [])).toBe(src);
  });
});
