import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(() => cleanup());

// The app's users read Japanese: React Aria's own words (announcements, hidden buttons) follow the browser's language.
Object.defineProperty(window.navigator, 'language', { value: 'ja-JP', configurable: true });
Object.defineProperty(window.navigator, 'languages', { value: ['ja-JP', 'ja'], configurable: true });
