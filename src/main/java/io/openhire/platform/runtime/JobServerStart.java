package io.openhire.platform.runtime;

import java.util.Optional;

import org.jobrunr.dashboard.JobRunrDashboardWebServer;
import org.jobrunr.server.BackgroundJobServer;
import org.jobrunr.spring.autoconfigure.JobRunrStarter;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts JobRunr's background job server once the application is ready (web server
 * listening, repositories initialized) instead of during the context refresh, as
 * JobRunr's own starter does: its thread pools, server registration and first polls are
 * then off the start-up path. JobRunr's storage (its tables) is still set up during the
 * refresh, so {@code /health/jobs} answers from the start; its {@code worker} detail is
 * {@code false} until the server runs. JobRunr's own starter bean is removed; should it
 * ever be named otherwise and start the server first, this one leaves it be. Without a
 * server (command mode, tests) nothing starts.
 */
@Configuration(proxyBeanMethods = false)
class JobServerStart {

	/** The name of the bean JobRunr's auto-configuration starts the server with. */
	static final String JOBRUNR_STARTER = "jobRunrStarter";

	@Bean
	static BeanFactoryPostProcessor withoutJobRunrStarter() {
		return (beanFactory) -> {
			if (beanFactory instanceof BeanDefinitionRegistry registry
					&& registry.containsBeanDefinition(JOBRUNR_STARTER)) {
				registry.removeBeanDefinition(JOBRUNR_STARTER);
			}
		};
	}

	@Bean
	StartWhenReady jobServerStarter(Optional<BackgroundJobServer> server,
			Optional<JobRunrDashboardWebServer> dashboard) {
		return new StartWhenReady(server, dashboard);
	}

	static class StartWhenReady extends JobRunrStarter implements ApplicationListener<ApplicationReadyEvent> {

		private final Optional<BackgroundJobServer> server;

		StartWhenReady(Optional<BackgroundJobServer> server, Optional<JobRunrDashboardWebServer> dashboard) {
			super(server, dashboard);
			this.server = server;
		}

		@Override
		public void afterSingletonsInstantiated() {
			// not yet: see onApplicationEvent
		}

		@Override
		public void onApplicationEvent(ApplicationReadyEvent event) {
			if (this.server.map(BackgroundJobServer::isRunning).orElse(false)) {
				return;
			}
			super.afterSingletonsInstantiated();
		}

	}

}
