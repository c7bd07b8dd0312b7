// `pnpm livekit-server`: makes sure the livekit-server binary exists (building it once into .cache/bin with
// `go install` when absent) and prints its path. `.ci/run` calls it; `pnpm dev` does the same on demand.
import { ensureLiveKitServer } from '../dispatch/livekit-binary.js';
import { runMain } from './main.js';
runMain(async () => {
    const binary = await ensureLiveKitServer((line) => console.error(line));
    console.log(binary);
});
//# sourceMappingURL=livekit-server.js.map