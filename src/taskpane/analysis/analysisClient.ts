import type { AnalysisSettings, DetectedLayout, RawSurvey, SurveyAnalysis } from "../../survey";
import { rowsPerMessage, type FromWorker, type ToWorker } from "./protocol";

/** Yields to the browser between chunks, so that paints and clicks run in between. */
const breath = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

interface Pending {
  resolve: (value: FromWorker) => void;
  reject: (error: Error) => void;
}

/**
 * Runs detection and analysis in a Web Worker, where the browser has one; otherwise (jsdom, very old hosts)
 * on the pane's thread after a frame, as before. The survey is sent to the worker once, in chunks, and
 * reused by every later analysis of the same survey object.
 */
export class AnalysisClient {
  private worker: Worker | undefined;
  private workerFailed = false;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private readonly sent = new WeakMap<RawSurvey, Promise<number>>();

  async detect(survey: RawSurvey): Promise<DetectedLayout> {
    const worker = await this.startWorker();
    if (!worker) {
      const { detectColumnRoles } = await import("../../survey");
      await breath();
      return detectColumnRoles(survey);
    }
    const surveyId = await this.send(worker, survey);
    const answer = await this.request(worker, (requestId) => ({ kind: "detect", requestId, surveyId }));
    if (answer.kind !== "detected") throw new Error("the analysis worker answered out of turn");
    return answer.layout;
  }

  async analyze(survey: RawSurvey, settings: AnalysisSettings): Promise<SurveyAnalysis> {
    const worker = await this.startWorker();
    if (!worker) {
      const { analyzeSurvey } = await import(/* webpackChunkName: "results" */ "../hooks/resultsModules");
      await breath();
      return analyzeSurvey(survey, settings);
    }
    const surveyId = await this.send(worker, survey);
    const answer = await this.request(worker, (requestId) => ({
      kind: "analyze",
      requestId,
      surveyId,
      settings,
    }));
    if (answer.kind !== "analyzed") throw new Error("the analysis worker answered out of turn");
    return answer.analysis;
  }

  private async startWorker(): Promise<Worker | undefined> {
    if (this.worker || this.workerFailed) return this.worker;
    if (typeof Worker === "undefined") {
      this.workerFailed = true;
      return undefined;
    }
    try {
      const { createAnalysisWorker } = await import(
        /* webpackChunkName: "analysis-worker-client" */ "./createAnalysisWorker"
      );
      const worker = createAnalysisWorker();
      worker.addEventListener("message", (event: MessageEvent<FromWorker>) => {
        const pending = this.pending.get(event.data.requestId);
        if (!pending) return;
        this.pending.delete(event.data.requestId);
        if (event.data.kind === "failed") pending.reject(new Error(event.data.message));
        else pending.resolve(event.data);
      });
      worker.addEventListener("error", (event) => {
        for (const pending of this.pending.values()) pending.reject(new Error(event.message));
        this.pending.clear();
      });
      this.worker = worker;
    } catch {
      // a host that refuses workers (content policy) gets the main-thread path
      this.workerFailed = true;
    }
    return this.worker;
  }

  private send(worker: Worker, survey: RawSurvey): Promise<number> {
    let sent = this.sent.get(survey);
    if (!sent) {
      sent = (async () => {
        const surveyId = this.nextId++;
        const { rows, ...rest } = survey;
        worker.postMessage({ kind: "surveyStart", surveyId, survey: rest } satisfies ToWorker);
        const perMessage = rowsPerMessage(survey.headers.length);
        for (let start = 0; start < rows.length; start += perMessage) {
          const chunk = rows.slice(start, start + perMessage);
          worker.postMessage({ kind: "surveyRows", surveyId, rows: chunk } satisfies ToWorker);
          await breath();
        }
        return surveyId;
      })();
      this.sent.set(survey, sent);
    }
    return sent;
  }

  private request(worker: Worker, message: (requestId: number) => ToWorker): Promise<FromWorker> {
    const requestId = this.nextId++;
    return new Promise<FromWorker>((resolve, reject) => {
      this.pending.set(requestId, { resolve, reject });
      worker.postMessage(message(requestId));
    });
  }
}

/** The pane's one client (one worker for the pane's lifetime). */
export const analysisClient = new AnalysisClient();
