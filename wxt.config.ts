import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// See https://wxt.dev/api/config.html
export default defineConfig({
  manifest: {
    name: 'Nhắc Việc',
    description: 'Đọc văn bản chỉ đạo, đề xuất việc cần làm và nhắc trước hạn — dữ liệu chỉ lưu trên máy.',
    permissions: ['storage'],
    browser_specific_settings: { gecko: { id: 'nhac-viec@nhacviec.local' } },
  },
  // The dev runner needs a display; browser tests drive Chromium themselves.
  webExt: { disabled: true },
  vite: () => ({ plugins: [preact()] }),
});
