import { z } from 'zod'
import { createRoot } from 'react-dom/client'

// Under the strict CSP there is no eval: zod must not compile validators at run time.
z.config({ jitless: true })

createRoot(document.getElementById('root')!).render(<div>新联台账</div>)
