/**
 * Preloaded into a bench server (`--import ./bench/allocProbe.mjs`) by `bench/cpuPerTurn.ts` when `ALLOC_PROF=dir`:
 * SIGUSR2 starts V8's sampling heap profiler with objects that garbage collection already freed included (so the
 * samples estimate every byte allocated, not only what is still alive); the next SIGUSR2 stops it, writes
 * `<ALLOC_PROF>/<ALLOC_LABEL>.heapprofile` (open in Chrome DevTools › Memory) and the estimated total bytes to
 * `<ALLOC_PROF>/<ALLOC_LABEL>.bytes`. A CPU profile of the same span (start-up and warm-up left out, unlike
 * `--cpu-prof`) goes to `<ALLOC_PROF>/<ALLOC_LABEL>.cpuprofile`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Session } from 'node:inspector/promises';

const dir = process.env.ALLOC_PROF;
const label = process.env.ALLOC_LABEL ?? String(process.pid);
const session = new Session();
session.connect();
let running = false;

function total(node) {
  return node.selfSize + node.children.reduce((sum, child) => sum + total(child), 0);
}

process.on('SIGUSR2', () => {
  void (async () => {
    if (!running) {
      running = true;
      await session.post('Profiler.enable');
      await session.post('Profiler.start');
      await session.post('HeapProfiler.startSampling', { samplingInterval: 4096, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
      fs.writeFileSync(path.join(dir, `${label}.started`), '');
      return;
    }
    running = false;
    const { profile } = await session.post('HeapProfiler.stopSampling');
    const cpu = await session.post('Profiler.stop');
    fs.writeFileSync(path.join(dir, `${label}.cpuprofile`), JSON.stringify(cpu.profile));
    fs.writeFileSync(path.join(dir, `${label}.heapprofile`), JSON.stringify(profile));
    fs.writeFileSync(path.join(dir, `${label}.bytes`), String(total(profile.head)));
  })();
});
