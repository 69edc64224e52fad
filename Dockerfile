FROM node:20-bookworm-slim
RUN apt-get update && apt-get install -y --no-install-recommends chromium-headless-shell fonts-noto-cjk && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY package.json package-lock.json ./
COPY scripts ./scripts
COPY prisma ./prisma
COPY prisma.config.ts ./
COPY lib/server ./lib/server
RUN npm ci --no-audit --no-fund
COPY . .
RUN npx next build
ENV NODE_ENV=production
# Run as the unprivileged `node` user, never root: the app, and the Chromium it prints with, get
# no more than that user's rights. It writes only its data folder and Next's cache.
RUN mkdir -p /app/.data /app/.next/cache && chown -R node:node /app/.data /app/.next/cache
USER node
EXPOSE 3000
CMD ["npm", "start"]
