# The playground as an image: Next.js's standalone output (the server and only the node_modules it needs)
# run by scripts/server.mjs as a non-root user. The layout below is the one lib/server/standalone.server.test.ts
# and the multi-instance test start, without a container runtime.
#   docker build -t messages-playground .
#   docker run -p 3000:3000 -v playground-data:/data messages-playground

FROM node:20-bookworm-slim AS build
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1
# better-sqlite3 installs a prebuilt binary for glibc; the toolchain is for when none matches.
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npx next build

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production \
    NEXT_TELEMETRY_DISABLED=1 \
    PORT=3000 \
    HOSTNAME=0.0.0.0 \
    PLAYGROUND_DB=/data/playground.db \
    PLAYGROUND_LOG_FORMAT=json
RUN groupadd --system --gid 1001 playground \
 && useradd --system --uid 1001 --gid playground --no-create-home playground \
 && mkdir /data && chown playground:playground /data
COPY --from=build --chown=playground:playground /app/.next/standalone ./
COPY --from=build --chown=playground:playground /app/.next/static ./.next/static
COPY --from=build --chown=playground:playground /app/public ./public
COPY --from=build --chown=playground:playground /app/scripts/server.mjs ./server.mjs
USER playground
VOLUME /data
EXPOSE 3000
# Liveness only: a load balancer should poll /api/ready (storage reachable, not draining).
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/api/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# SIGTERM drains: streams in flight finish (PLAYGROUND_SHUTDOWN_GRACE_MS) before the process exits; give
# `docker stop` at least as long (--time / stop_grace_period).
STOPSIGNAL SIGTERM
CMD ["node", "server.mjs"]
