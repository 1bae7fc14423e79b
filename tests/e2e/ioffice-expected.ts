// What the side panel should show for a demo document served with files: the directive's number
// and task count, computed in Node by the engine from the very file the demo serves (downloaded
// here with a session of its own), the phiếu trình left aside by the server's own flag.
import { extractDirective } from '../../lib/extract/index';
import { readDirectiveFile } from '../../lib/read/files/read-file';
import { e2e } from './harness';

export interface ExpectedDirective {
  /** File name of the directive (not the phiếu trình). */
  file: string;
  /** Download URL of the directive and of the phiếu trình, if any. */
  url: string;
  slipUrl: string | null;
  number: string;
  tasks: number;
}

/** The directive of demo document `flyid` as the engine reads it from the served file. */
export async function expectedDirective(flyid: string): Promise<ExpectedDirective> {
  const origin = e2e().origin;
  const page = await fetch(`${origin}/qlvbdh/vanbanden/chitiet?flyid=${flyid}`);
  const cookie = (page.headers.get('set-cookie') ?? '').split(';')[0]!;
  const list = (await (await fetch(`${origin}/qlvbdh/vanbanden/dsfiledinhkem?flyid=${flyid}`, { headers: { cookie } })).json()) as {
    path: string;
    name: string;
    isPhieuTrinh: boolean;
  }[];
  const directive = list.find((f) => !f.isPhieuTrinh);
  if (!directive) throw new Error(`Văn bản ${flyid} không có tệp văn bản chính`);
  const downloadUrl = (path: string) => `${origin}/qlvbdh/DownloadServlet?path=${encodeURIComponent(path)}`;
  const response = await fetch(downloadUrl(directive.path), { headers: { cookie } });
  const read = await readDirectiveFile(new Uint8Array(await response.arrayBuffer()), directive.name);
  if (!read.ok) throw new Error(`${directive.name}: ${read.message}`);
  const { document, tasks } = extractDirective(read.text);
  if (!document.number || tasks.length === 0) throw new Error(`${directive.name}: không có số hoặc không có việc`);
  const slip = list.find((f) => f.isPhieuTrinh);
  return { file: directive.name, url: downloadUrl(directive.path), slipUrl: slip ? downloadUrl(slip.path) : null, number: document.number, tasks: tasks.length };
}
