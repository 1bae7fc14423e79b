// `npm start`: until the extension's interface arrives, shows what the engine reads in each
// document of the sample corpus, as `npm run extract` prints it.
import { basename } from 'node:path';
import { extractDirective } from '../lib/extract/index';
import { formatSummary } from '../lib/cli/format-summary';
import { loadCorpusTexts } from '../lib/eval/corpus';

const docs = loadCorpusTexts();
console.log('Nhắc Việc — giao diện tiện ích trình duyệt sẽ có ở phiên bản sau.');
console.log(`Bản này đọc ${docs.length} văn bản mẫu trong tests/corpus/docs và tóm tắt từng văn bản.`);
console.log('Đọc văn bản của bạn: npm run -s extract -- TỆP.txt|.md|.html [--json]\n');

let failed = 0;
docs.forEach(({ name, text }, i) => {
  console.log(`═══ [${i + 1}/${docs.length}] ${basename(name)} ═══`);
  try {
    console.log(formatSummary(extractDirective(text)));
  } catch (error) {
    failed++;
    console.error(`Lỗi khi trích xuất ${name}:`, error);
  }
  console.log('');
});
process.exitCode = failed ? 1 : 0;
