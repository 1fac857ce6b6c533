// The Diagnose, injected on demand into the AdminCenter tab (scripting.executeScript) instead of shipping in the
// content script: it runs in the content script's isolated world, reads what the last pass concluded, and leaves
// a capture function there for the caller's second, tiny injection.
import { defineUnlistedScript } from '#imports';
import { duringPass } from '../../content/pass-memo';
import type { DiagnoseGlobal } from '../../shared/diagnose-types';
import { captureDiagnose } from './capture';

export default defineUnlistedScript(() => {
  const world = globalThis as DiagnoseGlobal;
  world.wegweiserCapture = () => duringPass(() => captureDiagnose(world.wegweiserLast ?? null));
});
