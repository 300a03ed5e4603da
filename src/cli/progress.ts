import cliProgress from 'cli-progress';

const DELAY_MS = 1500;

/** A progress bar on stderr that appears only when a run lasts more than a moment on a terminal. */
export function delayedProgress(label: string): { update(done: number, total: number): void; stop(): void } {
  const started = Date.now();
  let bar: cliProgress.SingleBar | undefined;
  return {
    update(done, total) {
      if (!bar) {
        if (!process.stderr.isTTY || Date.now() - started < DELAY_MS) return;
        bar = new cliProgress.SingleBar(
          { stream: process.stderr, format: `${label} [{bar}] {value}/{total} {eta_formatted} left`, hideCursor: true },
          cliProgress.Presets.shades_classic,
        );
        bar.start(total, done);
      }
      bar.update(done);
    },
    stop() {
      bar?.stop();
    },
  };
}
