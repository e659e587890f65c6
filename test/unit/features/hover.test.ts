import { strict as assert } from 'node:assert';
import { hover, type HoverContext } from '../../../server/src/language/features/hover';
import type { Hover } from '../../../server/src/language/features/shapes';
import type { WorkspaceModel } from '../../../server/src/language/model/types';
import { LANDSCAPE, atCursor, landscapeOf, textIn } from './cursor';

const landscape = landscapeOf(LANDSCAPE);

function hoverAt(marked: string, context: HoverContext = { landscape }): { result: Hover | undefined; text: string } {
  const { syntax, position, text } = atCursor(marked);
  return { result: hover(syntax, position, context), text };
}

const MODEL: WorkspaceModel = {
  crossings: [],
  communities: [
    {
      id: 'data-science',
      name: 'Data Science Guild',
      domain: 'Making data trustworthy for clinicians',
      stage: 'maturing',
      parent: 'analytics',
      ancestors: ['analytics', 'org'],
      members: { ana: 'core', maria: 'active' },
      declared: true,
    },
  ],
  people: [
    {
      id: 'maria',
      name: 'Maria Lopez',
      declared: true,
      memberships: [
        {
          community: 'data-science',
          level: 'active',
          trajectory: { kind: 'inbound', date: '2026-11-22' },
          counts: { engagement: 3, imagination: 1, alignment: 0 },
          firstDate: '2026-11-01',
          lastDate: '2026-11-22',
          entries: [],
        },
      ],
    },
  ],
};

describe('hover: the words of the language', () => {
  it('explains an entry kind, with a question to reflect on, over the kind word', () => {
    const { result, text } = hoverAt('2026-11-21 imagi<|>nation +org');
    assert.equal(textIn(text, result!.range), 'imagination');
    assert.equal(result!.contents.kind, 'markdown');
    assert.match(result!.contents.value, /^\*\*imagination\*\* — Mode of belonging/);
    assert.match(result!.contents.value, /\*To reflect on:\* /);
  });

  it('explains a trajectory kind in a trajectory header', () => {
    const { result, text } = hoverAt('2026-11-21 trajectory +org in<|>bound');
    assert.equal(textIn(text, result!.range), 'inbound');
    assert.match(result!.contents.value, /newcomer/);
  });

  it('explains a field key', () => {
    const { result, text } = hoverAt('2026-11-21 crossing +org -> +analytics\n  inter<|>action: encounter');
    assert.equal(textIn(text, result!.range), 'interaction');
    assert.match(result!.contents.value, /\*\*interaction\*\*/);
  });

  it('explains an enumerated field value', () => {
    const { result, text } = hoverAt('2026-11-21 engagement +org\n  energy: drai<|>ning');
    assert.equal(textIn(text, result!.range), 'draining');
    assert.match(result!.contents.value, /\*\*draining\*\*/);
  });

  it('explains the kind of a `via:` boundary object', () => {
    const { result } = hoverAt('2026-11-21 crossing +org -> +analytics\n  via: disc<|>ourse "shared terms"');
    assert.match(result!.contents.value, /\*\*discourse\*\*/);
  });

  it('shows the weekday of a date', () => {
    const { result, text } = hoverAt('2026-11<|>-21 engagement +org');
    assert.equal(result!.contents.value, '**Saturday**, 2026-11-21');
    assert.equal(textIn(text, result!.range), '2026-11-21');
  });

  it('shows nothing over an invalid date or over prose', () => {
    assert.equal(hoverAt('2026-02<|>-30 engagement +org').result, undefined);
    assert.equal(hoverAt('2026-11-21 engagement +org\n  We pai<|>red.').result, undefined);
  });
});

describe('hover: communities, people and boundary objects', () => {
  it('shows a community from the model: name, domain, parents, stage, members', () => {
    const { result, text } = hoverAt('2026-11-21 engagement +data-sc<|>ience', { landscape, model: MODEL });
    const value = result!.contents.value;
    assert.equal(textIn(text, result!.range), '+data-science');
    assert.match(value, /^\*\*Data Science Guild\*\* \(\\\+data\\-science\)/);
    assert.match(value, /\*Domain:\* Making data trustworthy for clinicians/);
    assert.match(value, /\*Part of:\* \\\+analytics › \\\+org/);
    assert.match(value, /\*Stage:\* maturing — /);
    assert.match(value, /\*Members:\* \\@ana \(core\), \\@maria \(active\)/);
  });

  it("shows the author's trajectory and moments per mode in the community", () => {
    const { result } = hoverAt('2026-11-21 engagement +data-science<|>', { landscape, model: MODEL, author: 'maria' });
    assert.match(result!.contents.value, /\*Your path here:\* inbound since 2026\\-11\\-22/);
    assert.match(result!.contents.value, /\*Your moments here:\* engagement 3 · imagination 1 · alignment 0/);
  });

  it('says when the author has no entries in the community yet', () => {
    const { result } = hoverAt('2026-11-21 engagement +data-science<|>', { landscape, model: MODEL, author: 'ana' });
    assert.match(result!.contents.value, /no moments or trajectories in this community yet/);
  });

  it('falls back on the landscape for a community the model does not have, parent chain included', () => {
    const { result } = hoverAt('2026-11-21 engagement +analytics<|>', { landscape });
    assert.match(result!.contents.value, /\*Part of:\* \\\+org/);
  });

  it('says a community is only known from use when nothing declares it', () => {
    const { result } = hoverAt('2026-11-21 engagement +nursing<|>', {});
    assert.match(result!.contents.value, /Not declared in a landscape/);
  });

  it("shows a person's communities", () => {
    const { result, text } = hoverAt('2026-11-21 engagement +org\n  with: @an<|>a', { landscape });
    assert.equal(textIn(text, result!.range), '@ana');
    assert.match(result!.contents.value, /^\*\*Ana Silva\*\* \(\\@ana\)/);
    assert.match(result!.contents.value, /\*Communities:\* \\\+data\\-science \(core\)/);
  });

  it('describes a boundary object named by id', () => {
    const { result } = hoverAt('2026-11-21 crossing +org -> +clinical-ops\n  via: artifact discharge-dash<|>board', { landscape });
    assert.match(result!.contents.value, /^\*\*discharge dashboard\*\* — boundary object/);
    assert.match(result!.contents.value, /\*Connects:\* \\\+data\\-science, \\\+clinical\\-ops/);
  });

  it('escapes landscape text so it cannot inject links or HTML', () => {
    const hostile = landscapeOf('communities:\n  org:\n    name: "[click](http://evil.example) <img src=x>"\n');
    const { result } = hoverAt('2026-11-21 engagement +org<|>', { landscape: hostile });
    const value = result!.contents.value;
    assert.ok(!/(^|[^\\])[<[]/.test(value), value);
    assert.ok(value.includes('\\[click\\]\\(http\\:'), value);
    assert.ok(value.includes('\\<img'), value);
  });
});
