# One image for the api, the worker and the migrate step; the API serves the built web client.
FROM node:22-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npx nx run-many -t build -p api worker web

FROM node:22-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production WEB_DIST=/app/apps/web/dist
COPY package.json package-lock.json ./
RUN npm ci --omit=dev
COPY --from=build /app/dist ./dist
COPY --from=build /app/apps/web/dist ./apps/web/dist
USER node
CMD ["node", "--enable-source-maps", "dist/api/main.mjs"]
