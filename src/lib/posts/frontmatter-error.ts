/** A post whose frontmatter the schema rejects: one line per problem, each starting `file:line:`. */
export class FrontmatterError extends Error {
  readonly file: string;
  readonly problems: readonly string[];
  readonly exitCode = 65;

  constructor(file: string, problems: readonly string[]) {
    super(problems.join('\n'));
    this.name = 'FrontmatterError';
    this.file = file;
    this.problems = problems;
  }
}
