import { factsFromSentence, parseRealPagesTable } from '../../../scripts/checks/real-pages-table';

// The real pages' README is not in the repository; this is a table of the same shape with invented rows.
const README = `# Real pages

| file | URL it was saved from | when | markup | what the page shows |
|---|---|---|---|---|
| github/pr-a.html | https://github.com/acme/widget/pull/12 | 2026-01-02 | hybrid: \`react-app\` | open PR by \`mona-dev\`, viewer \`lin-ops\` (repo owner), +1,480 / −12 in 7 files, 3 comments |
| github/pr-b.html | https://github.com/acme/widget/pull/9 | 2017-08-01 | legacy | merged PR by \`kai-backend\`, viewer \`theo-qa\`, 0 comments |
| not a page | https://example.com | x | y | z |
`;

test('each row of the table becomes a page with the facts its sentence states', () => {
  expect(parseRealPagesTable(README)).toEqual([
    {
      file: 'github/pr-a.html',
      url: 'https://github.com/acme/widget/pull/12',
      saved: '2026-01-02',
      markup: 'hybrid: `react-app`',
      expected: { state: 'open', author: 'mona-dev', viewer: 'lin-ops', additions: 1480, deletions: 12, changedFiles: 7, commentCount: 3 },
    },
    {
      file: 'github/pr-b.html',
      url: 'https://github.com/acme/widget/pull/9',
      saved: '2017-08-01',
      markup: 'legacy',
      expected: { state: 'merged', author: 'kai-backend', viewer: 'theo-qa', commentCount: 0 },
    },
  ]);
});

test.each([
  ['draft PR by `river-k`, viewer `river-k`', { state: 'draft', author: 'river-k', viewer: 'river-k' }],
  ['closed pull request by `eve-tester`, +3 / -1 in 1 file', { state: 'closed', author: 'eve-tester', additions: 3, deletions: 1, changedFiles: 1 }],
  ['a page with no facts we know', {}],
])('%s', (sentence, facts) => {
  expect(factsFromSentence(sentence)).toEqual(facts);
});
