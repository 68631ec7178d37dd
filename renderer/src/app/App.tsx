import { AppProviders } from './AppProviders'
import { ScreenGate } from './ScreenGate'

export function App() {
  return (
    <AppProviders>
      <ScreenGate />
    </AppProviders>
  )
}
