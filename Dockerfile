# One image for the api, the worker and the migrate step; the API serves the built web client.
# It runs as the non-root `node` user and writes only to /data (a volume it owns) and /tmp.
# Node.js 24 LTS, as package.json's engines say. Both stages install exactly the committed lock (`npm ci`).
FROM node:24-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
COPY tools/node-runtime/package.json tools/node-runtime/
RUN npm ci
COPY . .
RUN npx nx run-many -t build -p api worker web

FROM node:24-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production \
    WEB_DIST=/app/apps/web/dist \
    MAIL_DIR=/data/mail \
    WORKER_ALIVE_FILE=/tmp/iep-worker.alive
# Only what the api and the worker load (package.json's dependencies); the web client is copied built.
COPY package.json package-lock.json ./
RUN npm ci --omit=dev && npm cache clean --force
COPY --from=build /app/dist ./dist
COPY --from=build /app/apps/web/dist ./apps/web/dist
# The application files stay root-owned (the process cannot change its own code); /data belongs to
# `node`, and a named volume mounted there starts with that owner.
RUN mkdir -p /data/mail && chown -R node:node /data
VOLUME ["/data"]
USER node
EXPOSE 3000
# The API's readiness (PostgreSQL and Redis answer). Compose gives the worker its own check and turns
# it off for the one-shot migrate step.
HEALTHCHECK --interval=15s --timeout=5s --start-period=30s --retries=4 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/health/ready').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
CMD ["node", "--enable-source-maps", "dist/api/main.mjs"]
