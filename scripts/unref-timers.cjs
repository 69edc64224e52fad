// Preloaded into the Prisma CLI: long timers (pool idle, wasm engine) would keep it alive for
// up to a minute after it has finished. Unref those of 10 s or more so the process can exit.
const original = global.setTimeout;
global.setTimeout = function (fn, ms, ...args) {
  const t = original(fn, ms, ...args);
  if (typeof ms === "number" && ms >= 10000 && t && typeof t.unref === "function") t.unref();
  return t;
};
