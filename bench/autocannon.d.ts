// The part of autocannon 9's API that the benchmark uses (the package ships no types).

declare module "autocannon" {
  import type { EventEmitter } from "node:events";

  namespace autocannon {
    type Headers = Record<string, string>;
    type Context = Record<string, unknown>;

    interface RequestParams {
      method?: "GET" | "POST";
      path?: string;
      headers?: Headers;
      body?: string | Buffer;
    }

    interface Request extends RequestParams {
      setupRequest?: (request: RequestParams, context: Context) => RequestParams;
      onResponse?: (
        status: number,
        body: string,
        context: Context,
        headers: Record<string, string | string[]>,
      ) => void;
    }

    /** One connection; it emits `response` (status, bytes, duration in ms) for every answer. */
    interface Client extends EventEmitter {
      on(
        event: "response",
        listener: (status: number, bytes: number, durationMs: number) => void,
      ): this;
    }

    interface Options {
      url: string;
      connections?: number;
      amount?: number;
      duration?: number;
      overallRate?: number;
      timeout?: number;
      method?: "GET" | "POST";
      headers?: Headers;
      requests?: Request[];
      setupClient?: (client: Client) => void;
      ignoreCoordinatedOmission?: boolean;
    }

    interface Result {
      errors: number;
      timeouts: number;
      non2xx: number;
      resets: number;
      duration: number;
      totalRequests: number;
      totalCompletedRequests: number;
      statusCodeStats: Record<string, { count: number }>;
      latency: { p50: number; p99: number; average: number; max: number };
      requests: { average: number };
    }
  }

  function autocannon(options: autocannon.Options): Promise<autocannon.Result>;
  export = autocannon;
}
