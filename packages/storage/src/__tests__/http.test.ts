import { storeContract } from './contract/store-contract.js'
import { startTestServer } from './http-support.js'

storeContract({
  name: 'HTTP (client + handler over a real local server)',
  async setup() {
    const server = await startTestServer({ secrets: 'reveal' })
    return {
      store: (tenant, actor) => server.storeFor(tenant, actor),
      tamper: (tenant, id, edit) => server.tamper(tenant, id, edit),
      takeHttpStatuses: () => server.takeStatuses(),
      cleanup: () => server.close(),
    }
  },
})
