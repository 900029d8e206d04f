package org.tandem.measure;

import java.util.concurrent.TimeUnit;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The public progress page as JSON, for the Local Offer website; public by design, like the page. */
@RestController
class PublicProgressFeed {

    static final String PATH = "/public/progress.json";
    private static final CacheControl FIVE_MINUTES = CacheControl.maxAge(5, TimeUnit.MINUTES).cachePublic();

    private final PublicProgress progress;

    PublicProgressFeed(PublicProgress progress) {
        this.progress = progress;
    }

    @GetMapping(PATH)
    ResponseEntity<String> json() {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).cacheControl(FIVE_MINUTES)
                .body(progress.feed());
    }
}
