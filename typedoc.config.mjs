// @ts-check
import { ENTRIES, sourceOf } from './scripts/entries.mjs';

/** @type {Partial<import('typedoc').TypeDocOptions>} */
const config = {
  name: 'regional-innovation-rnd',
  entryPoints: ENTRIES.map(({ subpath }) => sourceOf(subpath)),
  entryPointStrategy: 'resolve',
  tsconfig: 'tsconfig.json',
  out: 'build/site',
  readme: 'README.md',
  // The guides (Korean and English) and the rule tables generated from the edition data.
  projectDocuments: ['docs/guides/ko/index.md', 'docs/guides/en/index.md', 'docs/rules/index.md'],
  plugin: ['./scripts/typedoc-unicode-search.mjs'],
  lang: 'en',
  includeVersion: true,
  excludePrivate: true,
  excludeInternal: true,
  treatWarningsAsErrors: true,
  treatValidationWarningsAsErrors: true,
  validation: {
    notExported: true,
    invalidLink: true,
    invalidPath: true,
    rewrittenLink: true,
    notDocumented: true,
    unusedMergeModuleWith: true,
  },
  requiredToBeDocumented: [
    'Module',
    'Namespace',
    'Enum',
    'EnumMember',
    'Variable',
    'Function',
    'Class',
    'Interface',
    'Constructor',
    'Property',
    'Method',
    'TypeAlias',
    'Accessor',
  ],
  sort: ['kind', 'instance-first', 'alphabetical-ignoring-documents'],
  searchInComments: true,
  searchInDocuments: true,
  navigation: { includeCategories: true, includeGroups: true },
  hideGenerator: true,
  // Source links point at the public repository, without asking git (CI clones have no remote).
  disableGit: true,
  basePath: '.',
  sourceLinkTemplate:
    'https://github.com/regional-innovation-rnd/regional-innovation-rnd/blob/main/{path}#L{line}',
};

export default config;
