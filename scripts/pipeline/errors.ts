/** A problem in a raw input that stops the build. It always names the file, and the line where there is one. */
export class PipelineError extends Error {
  readonly file: string;
  readonly line: number | null;

  constructor(file: string, problem: string, line: number | null = null) {
    super(`${file}${line === null ? '' : `, line ${line}`}: ${problem}`);
    this.name = 'PipelineError';
    this.file = file;
    this.line = line;
  }
}
