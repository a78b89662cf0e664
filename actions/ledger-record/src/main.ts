import { runAction } from '@shared/action/run-action';
import { guard } from './guard';
void runAction(guard);
