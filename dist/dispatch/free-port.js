// Free loopback ports, for servers started on ports the OS picks (test and bench LiveKit servers).
import { createSocket } from 'node:dgram';
import { createServer } from 'node:net';
/** A TCP port on 127.0.0.1 that was free a moment ago. */
export function freePort() {
    return new Promise((resolve, reject) => {
        const server = createServer();
        server.once('error', reject);
        server.listen(0, '127.0.0.1', () => {
            const address = server.address();
            server.close(() => typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')));
        });
    });
}
/** A UDP port on 127.0.0.1 that was free a moment ago. */
export function freeUdpPort() {
    return new Promise((resolve, reject) => {
        const socket = createSocket('udp4');
        socket.once('error', reject);
        socket.bind(0, '127.0.0.1', () => {
            const { port } = socket.address();
            socket.close(() => resolve(port));
        });
    });
}
//# sourceMappingURL=free-port.js.map