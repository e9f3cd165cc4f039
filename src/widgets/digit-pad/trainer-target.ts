/** What the pad element takes from the trainer (digit-pad-loader.ts feeds it; the element validates). */
export interface TrainerParamsTarget extends HTMLElement {
  /** The trainer's latest event detail, kept until the pad's code has loaded. */
  trainerDetail?: unknown;
  /** Set once the pad has loaded: takes each new detail at once. */
  receiveTrainerParams?: (detail: unknown) => void;
}
