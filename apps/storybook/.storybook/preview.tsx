import type { Preview } from '@storybook/react-vite'
import '@a2f/react/styles.css'
import './preview.css'
import { a2fLoader, withA2F } from '../src/a2f-decorator.js'

const preview: Preview = {
  loaders: [a2fLoader],
  decorators: [withA2F],
  globalTypes: {
    locale: {
      description: 'Language of the widgets',
      toolbar: {
        title: 'Idioma',
        icon: 'globe',
        items: [
          { value: 'pt-BR', title: 'Português (Brasil)' },
          { value: 'en', title: 'English' },
          { value: 'es', title: 'Español' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Light or dark',
      toolbar: {
        title: 'Tema',
        icon: 'contrast',
        items: [
          { value: 'light', title: 'Claro' },
          { value: 'dark', title: 'Escuro' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'pt-BR', theme: 'light' },
  parameters: {
    layout: 'padded',
    controls: { matchers: { date: /At$/ } },
    // Every story is checked by axe in Chromium (colour contrast included); a violation fails its test.
    a11y: { test: 'error' },
  },
  tags: ['autodocs'],
}

export default preview
