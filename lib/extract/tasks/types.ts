// Shapes shared by the task rules.
/** A duty before deadlines and titles are attached. Offsets into the normalised text. */
export interface TaskDraft {
  start: number;
  end: number;
  /** Where the duty's own words start (after an agency heading). */
  actionAt: number;
  /** Where they end, when not at `end` (a table row's content cell). */
  actionEnd?: number;
  assignees: string[];
  coordinators: string[];
  tags: string[];
}

export interface TaskContext {
  text: string;
  folded: string;
  /** Direct addressees from "Kính gửi" / "… điện:". */
  recipients: string[];
  /** Folded key of the issuing body, so the issuer's own statements are not tasks. */
  issuerKey: string | null;
  /** Quoted provisions of other texts, filled by `findTaskDrafts`. */
  quoted?: [number, number][];
}

export interface Inherited {
  names: string[];
  /** The surrounding text assigns duties ("đề nghị…:", "yêu cầu:", an agency heading). */
  assign: boolean;
  /** Inside a programme or plan the text approves ("Điều 1. Thông qua chương trình giám sát …"). */
  approved?: boolean;
}
