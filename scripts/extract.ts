// `npm run -s extract -- FILE [--json] [--ocr] [--reference YYYY-MM-DD]`: reads one document and prints
// what the engine found in it. Wiring only; the logic lives in lib/cli.
import { extractDirective } from '../lib/extract/index';
import { ContractError, toContractJson } from '../lib/cli/contract-json';
import { formatSummary } from '../lib/cli/format-summary';
import { parseExtractArgs } from '../lib/cli/parse-args';
import { InputError, readDocumentInput } from '../lib/cli/read-input';

async function main(argv: readonly string[]): Promise<number> {
  const args = parseExtractArgs(argv);
  if (!args.ok) {
    (args.exitCode === 0 ? console.log : console.error)(args.message);
    return args.exitCode;
  }
  const { file, json, ocr, reference } = args.value;
  try {
    const { text, notes } = await readDocumentInput(file, { ocr });
    for (const note of notes) console.error(note);
    const extraction = extractDirective(text, reference ? { reference } : {});
    console.log(json ? toContractJson(extraction) : formatSummary(extraction));
    return 0;
  } catch (error) {
    if (error instanceof InputError || error instanceof ContractError) console.error(error.message);
    else console.error(`Lỗi khi trích xuất ${file}:`, error);
    return 1;
  }
}

process.exitCode = await main(process.argv.slice(2));
