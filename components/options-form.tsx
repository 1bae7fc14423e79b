import { useEffect, useState } from 'preact/hooks';
import { createTranslator, type Language } from '../lib/i18n';
import type { Settings } from '../lib/settings';

export interface OptionsFormProps {
  load: () => Promise<Settings>;
  save: (patch: Partial<Settings>) => Promise<Settings>;
}

/** "My unit" (a name and its other names) and the interface language. */
export function OptionsForm({ load, save }: OptionsFormProps) {
  const [language, setLanguage] = useState<Language>('vi');
  const [name, setName] = useState('');
  const [aliases, setAliases] = useState('');
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    void load().then((s) => {
      setLanguage(s.language);
      setName(s.unit?.name ?? '');
      setAliases(s.unit?.aliases.join('\n') ?? '');
    });
  }, [load]);
  const t = createTranslator(language);
  const submit = async (e: Event) => {
    e.preventDefault();
    const unit = name.trim() ? { name: name.trim(), aliases: aliases.split('\n').map((a) => a.trim()).filter(Boolean) } : null;
    await save({ language, unit });
    setSaved(true);
  };
  return (
    <form class="panel options" onSubmit={submit} lang={language}>
      <h1>
        {t('appName')} — {t('options')}
      </h1>
      <label>
        {t('unitName')}
        <input data-testid="unit-name" value={name} onInput={(e) => setName((e.target as HTMLInputElement).value)} placeholder="Sở Thông tin và Truyền thông" />
      </label>
      <label>
        {t('unitAliases')}
        <textarea data-testid="unit-aliases" rows={4} value={aliases} onInput={(e) => setAliases((e.target as HTMLTextAreaElement).value)} placeholder={'Sở TT&TT\nSTTTT'} />
      </label>
      <label>
        {t('language')}
        <select data-testid="language" value={language} onChange={(e) => setLanguage((e.target as HTMLSelectElement).value as Language)}>
          <option value="vi">Tiếng Việt</option>
          <option value="en">English</option>
        </select>
      </label>
      <button type="submit" class="primary" data-testid="save-options">
        {t('saveOptions')}
      </button>
      {saved && <p role="status">{t('optionsSaved')}</p>}
    </form>
  );
}
