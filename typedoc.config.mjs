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
  // Korean search; guide links to an export's source file go to its API page.
  plugin: ['./scripts/typedoc-unicode-search.mjs', './scripts/typedoc-source-links.mjs'],
  lang: 'en',
  includeVersion: true,
  excludePrivate: true,
  excludeInternal: true,
  treatWarningsAsErrors: true,
  // The zod shapes behind the exported schemas: their types are documented through the schemas'.
  intentionallyNotExported: [
    'CompanyShape',
    'ConsortiumShape',
    'GrantPlanShape',
    'member',
    'participantSchema',
  ],
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
  basePath: '.',
  // "Defined in" links point at the file in the public repository (package.json's repository), at
  // the commit the site is built from, so that the line numbers stay right. typedoc asks git for
  // the commit and the tracked files ({path} is relative to the repository's root); with a template
  // it needs no remote, so CI clones get links too. Outside a git checkout the site names the file
  // and line without a link rather than guess one.
  sourceLinkTemplate:
    'https://github.com/regional-innovation-rnd/regional-innovation-rnd/blob/{gitRevision}/{path}#L{line}',
  sourceLinkExternal: true,
};

export default config;
