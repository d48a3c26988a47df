# The App server: docker build -t postmortem-tracker . && docker run --env-file .env -p 3000:3000 postmortem-tracker
# .env as registering the App wrote it works as is: the private key is read with or without its quotes.
FROM node:24-slim
WORKDIR /app
# HOST: listen on every interface, or -p 3000:3000 reaches nothing (Probot's default is localhost).
ENV NODE_ENV=production PORT=3000 HOST=0.0.0.0
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund
COPY dist ./dist
COPY app.yml ./
EXPOSE 3000
USER node
# /ping answers PONG once the server listens; Node's fetch, as the slim image has no curl.
HEALTHCHECK --interval=30s --timeout=5s --start-period=10s --retries=3 \
  CMD ["node", "-e", "fetch(`http://127.0.0.1:${process.env.PORT}/ping`).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "dist/app.js"]
