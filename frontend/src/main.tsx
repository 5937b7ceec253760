import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import './app/styles.css';
import { loadRuntimeConfig } from './config/runtime-config';

const root = createRoot(document.getElementById('root')!);

loadRuntimeConfig()
  .then((config) =>
    root.render(
      <StrictMode>
        <App config={config} />
      </StrictMode>,
    ),
  )
  .catch((error: unknown) => {
    // i18n is not up yet: say it in both languages.
    console.error(error);
    root.render(
      <main className="fatal" role="alert">
        <h1>SafeReturn</h1>
        <p lang="vi">Không đọc được cấu hình của ứng dụng (config.json).</p>
        <p lang="en">The application settings (config.json) could not be read.</p>
      </main>,
    );
  });
