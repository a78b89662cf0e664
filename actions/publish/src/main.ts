import { runPublish } from './run-publish';

void runPublish();
