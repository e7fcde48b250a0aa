/**
 * Edits on the hand-commented fixture, each with the only lines it may change: `removed`
 * lines of the original disappear, `added` lines appear, everything else stays byte for byte.
 */
import type { Annotation } from '../../../src/core/sidecar';
import type { SidecarDocument } from '../../../src/core/sidecar';

export interface EditCase {
  readonly name: string;
  readonly edit: (doc: SidecarDocument) => void;
  readonly removed: readonly string[];
  readonly added: readonly string[];
}

const claim: Annotation = {
  id: 'clm-new', kind: 'claim', status: 'unverified', source: 'src-peskov',
  target: { exact: 'ألف مقاتل', prefix: 'لا يتعدى ', suffix: '.', start: 60, end: 69 },
  tags: ['wagner'],
};

export const EDIT_CASES: readonly EditCase[] = [
  {
    name: 'change one plain note',
    edit: (d) => d.updateAnnotation('qt-situation', { note: 'second reading: confirmed by TASS' }),
    removed: ['    note: first reading'],
    added: ['    note: "second reading: confirmed by TASS"'],
  },
  {
    name: 'change a status next to an aligned inline comment',
    edit: (d) => d.updateAnnotation('src-peskov', { status: 'disputed' }),
    removed: ['    status: verified       # checked against the Kremlin\'s site'],
    added: ['    status: disputed # checked against the Kremlin\'s site'],
  },
  {
    name: 'change a flow tag list (stays flow, padding kept)',
    edit: (d) => d.updateAnnotation('qt-situation', { tags: ['libya', 'wagner'] }),
    removed: ['    tags: [libya]'],
    added: ['    tags: [libya, wagner]'],
  },
  {
    name: 'add a field: goes to its canonical place',
    edit: (d) => d.updateAnnotation('clm-meeting', { source: 'src-peskov' }),
    removed: [],
    added: ['    source: src-peskov'],
  },
  {
    name: 'remove a field',
    edit: (d) => d.updateAnnotation('clm-meeting', { note: undefined }),
    removed: ['    note: "Date given in the article differs from the agency report."'],
    added: [],
  },
  {
    name: 'move a target (only start and end lines change)',
    edit: (d) => d.setTarget('clm-meeting', { exact: 'التقى الرئيس', prefix: '', suffix: '', start: 90, end: 102 }),
    removed: ['      start: 70', '      end: 82'],
    added: ['      start: 90', '      end: 102'],
  },
  {
    name: 'set the same value: nothing changes',
    edit: (d) => d.updateAnnotation('qt-situation', { note: 'first reading', tags: ['libya'] }),
    removed: [],
    added: [],
  },
  {
    name: 'add an annotation: inserted in text order, canonical keys, flow tags',
    edit: (d) => d.addAnnotation(claim),
    removed: [],
    added: [
      '  - id: clm-new', '    kind: claim', '    target:', '      exact: ألف مقاتل', '      prefix: "لا يتعدى "',
      '      suffix: .', '      start: 60', '      end: 69', '    source: src-peskov', '    status: unverified', '    tags: [wagner]',
    ],
  },
  {
    name: 'remove an annotation: its lines go, its id is retired',
    edit: (d) => d.removeAnnotation('clm-meeting'),
    removed: [
      '',
      '  - id: clm-meeting          # a claim in the article\'s own voice', '    kind: claim', '    target:', '      exact: "التقى الرئيس"',
      '      prefix: ""', '      suffix: ""', '      start: 70', '      end: 82', '    status: disputed',
      '    note: "Date given in the article differs from the agency report."',
    ],
    added: ['retired:', '  - clm-meeting'],
  },
  {
    name: 'add a reply: a block list after the note, keys in canonical order',
    edit: (d) => d.updateAnnotation('clm-meeting', { replies: [{ created: '2026-12-01T10:00:00Z', author: 'amal', body: 'TASS gives the 12th.', id: 'r1' }] }),
    removed: [],
    added: ['    replies:', '      - id: r1', '        body: TASS gives the 12th.', '        author: amal', '        created: 2026-12-01T10:00:00Z'],
  },
  {
    name: 'add a reply of two lines: a literal block',
    edit: (d) => d.updateAnnotation('clm-meeting', { replies: [{ id: 'r1', body: 'الوكالة تقول الثاني عشر.\nوالمقال يقول العاشر.' }] }),
    removed: [],
    added: ['    replies:', '      - id: r1', '        body: |-', '          الوكالة تقول الثاني عشر.', '          والمقال يقول العاشر.'],
  },
  {
    name: 'change the article hash',
    edit: (d) => d.setArticle({ sha256: 'a'.repeat(64) }),
    removed: [],
    added: [`  sha256: ${'a'.repeat(64)}`],
  },
];
