import { StrictMode } from 'react'
import { z } from 'zod'
import { createRoot } from 'react-dom/client'
import { App } from './app/App'
import './app/app.css'

// Under the strict CSP there is no eval: zod must not compile validators at run time.
z.config({ jitless: true })

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
)
