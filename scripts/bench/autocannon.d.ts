// autocannon ships no types (and @types/autocannon is not installed): the part the benchmarks use.
declare module "autocannon" {
  type Result = {
    requests: { total: number; average: number };
    throughput: { average: number };
    latency: Record<string, number>;
    duration: number;
    errors: number;
    non2xx: number;
  };
  type Instance = Promise<Result> & {
    on(event: "response", fn: (client: unknown, status: number, bytes: number, time: number) => void): void;
  };
  function autocannon(options: { url: string; connections?: number; duration?: number; headers?: Record<string, string> }): Instance;
  export default autocannon;
}
