import type { InputReader } from '@shared/config/input-reader';

export interface PublishInputs {
  reports: string;
  comment: boolean;
  checkRun: boolean;
}

/** Every input of bickford/publish, read once. It has no `.bickford.yml` section: it never checks out the PR. */
export function readPublishInputs(reader: InputReader): Readonly<PublishInputs> {
  return Object.freeze({
    reports: reader.string('reports', 'bickford-reports')!,
    comment: reader.boolean('comment', true),
    checkRun: reader.boolean('check-run', true),
  });
}
