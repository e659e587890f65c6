import { strict as assert } from 'node:assert';
import { renderReport, type JsonReport } from '../../../../server/src/cli/report/render';
import { journal } from '../../../support/journal';
import { ANA, LANDSCAPE, LANDSCAPE_URI, MARIA, TEAM, authored, modelOf } from '../../model/support';

const FILES = {
  [LANDSCAPE_URI]: LANDSCAPE,
  [MARIA]: authored('maria', journal`
    2026-11-03 engagement +data-science "Pairing on lineage"
      with: @ana
    2026-11-12 alignment +clinical-ops
    2026-11-25 trajectory +data-science inbound
    2026-11-21 crossing +data-science -> +clinical-ops "Dashboard at the huddle"
      via: artifact discharge-dashboard
      as: roamer
      interaction: encounter
  `),
  [ANA]: authored('ana', journal`
    2026-11-22 crossing +data-science -> +clinical-ops
      via: discourse "ward talk"
    2026-11-23 imagination +hospital "Private thoughts"
  `),
  [TEAM]: '2026-11-24 crossing +clinical-ops -> +data-science\n',
};
const MODEL = modelOf(FILES);
const TITLES = ['Pairing on lineage', 'Dashboard at the huddle', 'Private thoughts'];

function linesOf(text: string): string[] {
  return text.split('\n');
}

describe('report: text', () => {
  const text = renderReport(MODEL, 'text');

  it('lists each person with an aligned table of their communities, parent chains included', () => {
    const lines = linesOf(text);
    const at = lines.indexOf('maria (Maria Lopez)');
    assert.ok(at > 0, text);
    assert.deepEqual(lines.slice(at + 1, at + 4), [
      '  COMMUNITY                            LEVEL       TRAJECTORY            ENG  IMA  ALI  FIRST       LAST',
      '  clinical-ops                         peripheral  -                       0    0    1  2026-11-12  2026-11-12',
      '  data-science ⊂ analytics ⊂ hospital  active      inbound (2026-11-25)    1    0    0  2026-11-03  2026-11-25',
    ]);
  });

  it("lists a person's crossings with their object, role and interaction", () => {
    const lines = linesOf(text);
    const at = lines.indexOf('  Crossings (1)', lines.indexOf('maria (Maria Lopez)'));
    assert.deepEqual(lines.slice(at + 1, at + 3), [
      '    DATE        FROM → TO                    OBJECT                                                ROLE    INTERACTION',
      '    2026-11-21  data-science → clinical-ops  artifact "discharge dashboard" (discharge-dashboard)  roamer  encounter',
    ]);
  });

  it('says when a person has no moments or trajectories', () => {
    const lines = linesOf(text);
    assert.equal(lines[lines.indexOf('zoe (Zoe Park)') + 1], '  No moments or trajectories.');
  });

  it('ends with the boundaries: busiest first, with their brokers and unattributed crossings', () => {
    assert.ok(
      text.endsWith(
        [
          'Boundaries (2)',
          '  FROM → TO                    CROSSINGS  BROKERS',
          '  data-science → clinical-ops          2  ana (1), maria (1)',
          '  clinical-ops → data-science          1  unattributed (1)',
          '',
        ].join('\n'),
      ),
      text,
    );
  });

  it('states the filter in its first line', () => {
    const filtered = renderReport(modelOf(FILES, { person: 'ana', from: '2026-11-01', to: '2026-11-30' }), 'text', {
      filter: { person: 'ana', from: '2026-11-01', to: '2026-11-30' },
    });
    assert.equal(linesOf(filtered)[0], 'Practice report (person ana; 2026-11-01 to 2026-11-30)');
    assert.equal(linesOf(renderReport(MODEL, 'text', { filter: { to: '2026-11-30' } }))[0], 'Practice report (up to 2026-11-30)');
  });

  it('reports an empty workspace in words', () => {
    assert.equal(renderReport({ people: [], communities: [], crossings: [] }, 'text'), 'Practice report\n\nPeople (0)\n  No people.\n\nBoundaries (0)\n  No crossings.\n');
  });

  it('aligns wide characters by the columns they take', () => {
    const model = modelOf({ [MARIA]: authored('maria', '2026-11-03 engagement +看護\n2026-11-04 engagement +ab\n') });
    const lines = linesOf(renderReport(model, 'text'));
    const at = lines.indexOf('maria');
    assert.deepEqual(lines.slice(at + 1, at + 4), [
      '  COMMUNITY  LEVEL  TRAJECTORY  ENG  IMA  ALI  FIRST       LAST',
      '  ab         -      -             1    0    0  2026-11-04  2026-11-04',
      '  看護       -      -             1    0    0  2026-11-03  2026-11-03',
    ]);
  });

  it('shows control characters from a landscape as escapes, so they cannot drive the terminal', () => {
    const model = modelOf({ [LANDSCAPE_URI]: 'people:\n  eve: { name: "Eve\\u001b[31m" }\n' });
    assert.ok(renderReport(model, 'text').includes('eve (Eve\\u{1b}[31m)'));
  });
});

describe('report: markdown', () => {
  const markdown = renderReport(MODEL, 'md');

  it('gives each person a section with a table of their communities', () => {
    const lines = linesOf(markdown);
    const at = lines.indexOf('## maria — Maria Lopez');
    assert.deepEqual(lines.slice(at + 2, at + 6), [
      '| Community | Level | Trajectory | Engagement | Imagination | Alignment | First | Last |',
      '| --- | --- | --- | ---: | ---: | ---: | --- | --- |',
      '| clinical-ops | peripheral | – | 0 | 0 | 1 | 2026-11-12 | 2026-11-12 |',
      '| data-science ⊂ analytics ⊂ hospital | active | inbound (2026-11-25) | 1 | 0 | 0 | 2026-11-03 | 2026-11-25 |',
    ]);
  });

  it("follows with the person's crossings", () => {
    const lines = linesOf(markdown);
    const at = lines.indexOf('### Crossings', lines.indexOf('## maria — Maria Lopez'));
    assert.deepEqual(lines.slice(at + 2, at + 5), [
      '| Date | From → to | Object | Role | Interaction |',
      '| --- | --- | --- | --- | --- |',
      '| 2026-11-21 | data-science → clinical-ops | artifact "discharge dashboard" (discharge-dashboard) | roamer | encounter |',
    ]);
    assert.equal(lines[lines.indexOf('### Crossings', lines.indexOf('## li')) + 2], 'No crossings.');
  });

  it('ends with a Boundaries section', () => {
    assert.ok(
      markdown.endsWith(
        [
          '## Boundaries',
          '',
          '| From → to | Crossings | Brokers |',
          '| --- | ---: | --- |',
          '| data-science → clinical-ops | 2 | ana (1), maria (1) |',
          '| clinical-ops → data-science | 1 | unattributed (1) |',
          '',
        ].join('\n'),
      ),
      markdown,
    );
  });

  it('states the filter under the title', () => {
    assert.deepEqual(linesOf(renderReport(MODEL, 'md', { filter: { from: '2026-11-01' } })).slice(0, 3), ['# Practice report', '', 'Filter: from 2026-11-01.']);
  });

  it('escapes what would break a table or start markup', () => {
    const model = modelOf({
      [LANDSCAPE_URI]: 'people:\n  eve: { name: "Eve | <b>bold</b>" }\n',
      [MARIA]: authored('maria', '2026-11-21 crossing +a -> +b\n  via: artifact "a|b *c*"\n'),
    });
    const markdown = renderReport(model, 'md');
    assert.ok(markdown.includes('## eve — Eve \\| \\<b\\>bold\\</b\\>'), markdown);
    assert.ok(markdown.includes('| 2026-11-21 | a → b | artifact "a\\|b \\*c\\*" | – | – |'), markdown);
  });

  it('shows control characters from a landscape as escapes, like the text report', () => {
    const model = modelOf({ [LANDSCAPE_URI]: 'people:\n  eve: { name: "Eve\\u001b[31m\\u0007" }\n' });
    const markdown = renderReport(model, 'md');
    assert.ok(markdown.includes('## eve — Eve\\u{1b}\\[31m\\u{7}'), markdown);
    assert.doesNotMatch(markdown, /[\u0000-\u0009\u000b-\u001f\u007f]/);
  });
});

describe('report: json', () => {
  const report = JSON.parse(renderReport(MODEL, 'json', { pathOf: (uri) => uri.replace('file:///workspace/', '') })) as JsonReport;

  it('is version 1 and echoes the filter, with null for what is not set', () => {
    assert.equal(report.version, 1);
    assert.deepEqual(report.filter, { person: null, from: null, to: null });
    const filtered = JSON.parse(renderReport(MODEL, 'json', { filter: { person: 'ana' } })) as JsonReport;
    assert.deepEqual(filtered.filter, { person: 'ana', from: null, to: null });
  });

  it('gives each membership its counts, dates, trajectory and entry locations (1-based lines)', () => {
    const maria = report.people.find((person) => person.id === 'maria')!;
    assert.deepEqual(maria.memberships[1], {
      community: 'data-science',
      level: 'active',
      trajectory: { kind: 'inbound', date: '2026-11-25' },
      counts: { engagement: 1, imagination: 0, alignment: 0 },
      firstDate: '2026-11-03',
      lastDate: '2026-11-25',
      entries: [
        { date: '2026-11-03', kind: 'engagement', trajectory: null, uri: MARIA, path: 'maria/2026.practice', line: 4 },
        { date: '2026-11-25', kind: 'trajectory', trajectory: 'inbound', uri: MARIA, path: 'maria/2026.practice', line: 7 },
      ],
    });
  });

  it('lists crossings with every key present', () => {
    assert.deepEqual(report.crossings[2], {
      date: '2026-11-24',
      from: 'clinical-ops',
      to: 'data-science',
      people: [],
      object: null,
      role: null,
      interaction: null,
      uri: TEAM,
      path: 'team/meetings.practice',
      line: 1,
    });
  });

  it('lists communities and boundaries', () => {
    assert.deepEqual(report.communities.find((community) => community.id === 'analytics'), {
      id: 'analytics',
      name: null,
      stage: null,
      parent: 'hospital',
      ancestors: ['hospital'],
      members: {},
      declared: true,
    });
    assert.deepEqual(report.boundaries[0], {
      from: 'data-science',
      to: 'clinical-ops',
      count: 2,
      brokers: [{ person: 'ana', count: 1 }, { person: 'maria', count: 1 }],
      unattributed: 0,
    });
  });

  it('shows the URI as the path when no pathOf is given', () => {
    const plain = JSON.parse(renderReport(MODEL, 'json')) as JsonReport;
    assert.equal(plain.crossings[0]!.path, MARIA);
  });
});

describe('report: privacy', () => {
  for (const format of ['text', 'md', 'json'] as const) {
    it(`never shows entry titles (${format})`, () => {
      const output = renderReport(MODEL, format);
      for (const title of TITLES) assert.ok(!output.includes(title), `${format} shows '${title}'`);
    });
  }

  it('gives the same output for the same model', () => {
    for (const format of ['text', 'md', 'json'] as const) assert.equal(renderReport(modelOf(FILES), format), renderReport(MODEL, format));
  });
});
