package com.teezu.profiles.payments;

import com.teezu.profiles.auth.AuthUser;
import com.teezu.profiles.shared.Ids;
import com.teezu.profiles.shared.web.ApiProblem;
import com.teezu.profiles.shared.web.ProblemResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@RestController
class PaymentsController {

    record PurchaseRequest(@NotNull(message = "is required") UUID packageId) {
    }

    record PackageRequest(@NotNull(message = "must be 1–1,000,000 tokens") @Min(value = 1, message = "must be 1–1,000,000 tokens")
                          @Max(value = 1_000_000, message = "must be 1–1,000,000 tokens") Integer tokens,
                          @NotNull(message = "must be 50–1,000,000 cents") @Min(value = 50, message = "must be 50–1,000,000 cents")
                          @Max(value = 1_000_000, message = "must be 50–1,000,000 cents") Long priceCents,
                          @NotNull(message = "must be 0–99.99 percent") @DecimalMin(value = "0", message = "must be 0–99.99 percent")
                          @DecimalMax(value = "99.99", message = "must be 0–99.99 percent")
                          @Digits(integer = 2, fraction = 2, message = "at most two decimals") BigDecimal vatRate,
                          @Nullable Boolean active,
                          @Nullable @Min(value = 0, message = "must be 0–1,000") @Max(value = 1000, message = "must be 0–1,000") Integer sortOrder) {
        TokenShop.PackageChange change() {
            return new TokenShop.PackageChange(tokens, priceCents, vatRate, active == null || active, sortOrder == null ? 0 : sortOrder);
        }
    }

    /** {@code event}: what the buyer chose on the test checkout page. */
    record TestEventRequest(@NotNull(message = "must be sale, decline, refund or chargeback") PaymentProvider.Event event) {
    }

    record TestEventView(UUID purchaseId, String event, String returnUrl) {
    }

    record CallbackView(String outcome) {
    }

    private final TokenShop shop;
    private final PaymentCallbacks callbacks;
    private final TestCheckout testCheckout;
    private final PaymentsSettings settings;

    PaymentsController(TokenShop shop, PaymentCallbacks callbacks, TestCheckout testCheckout, PaymentsSettings settings) {
        this.shop = shop;
        this.callbacks = callbacks;
        this.testCheckout = testCheckout;
        this.settings = settings;
    }

    @GetMapping("/api/wallet/packages")
    List<TokenShop.TokenPackage> packages() {
        return shop.packages(false);
    }

    @GetMapping("/api/admin/packages")
    List<TokenShop.TokenPackage> allPackages(@AuthenticationPrincipal AuthUser caller) {
        shop.staff(caller);
        return shop.packages(true);
    }

    @PostMapping("/api/admin/packages")
    @ResponseStatus(HttpStatus.CREATED)
    TokenShop.TokenPackage createPackage(@AuthenticationPrincipal AuthUser caller, @Valid @RequestBody PackageRequest body) {
        return shop.savePackage(caller, null, body.change());
    }

    @PutMapping("/api/admin/packages/{id}")
    TokenShop.TokenPackage changePackage(@AuthenticationPrincipal AuthUser caller, @PathVariable String id,
                                         @Valid @RequestBody PackageRequest body) {
        return shop.savePackage(caller, id, body.change());
    }

    @PostMapping("/api/wallet/purchases")
    @ResponseStatus(HttpStatus.CREATED)
    TokenShop.Started purchase(@AuthenticationPrincipal AuthUser caller, @Valid @RequestBody PurchaseRequest body) {
        return shop.start(caller, body.packageId(), appUrl());
    }

    @GetMapping("/api/wallet/purchases/{id}")
    TokenShop.Purchase purchase(@AuthenticationPrincipal AuthUser caller, @PathVariable String id) {
        return shop.purchase(caller, id);
    }

    @Operation(summary = "Verotel FlexPay's postback (set this URL in its Control Center)",
            description = "Signed query parameters as FlexPay sends them; answered `OK` in plain text once handled (a second "
                          + "delivery of the same event too, changing nothing), else a problem (FlexPay then tries again).")
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200", description = "`OK`: handled",
            content = @io.swagger.v3.oas.annotations.media.Content(mediaType = "text/plain",
                    schema = @io.swagger.v3.oas.annotations.media.Schema(type = "string", example = "OK")))
    @GetMapping(value = "/api/payments/verotel/postback")
    @ProblemResponse(status = 409, description = "The amount, currency or sale is not the purchase's; nothing was credited")
    ResponseEntity<String> verotelPostback(@Parameter(hidden = true) @RequestParam Map<String, String> params) {
        callbacks.receive(VerotelFlexPay.NAME, params);
        return ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN).body("OK");
    }

    @Operation(summary = "The test provider's callback (form parameters, signed as FlexPay signs, with a timestamp)")
    @PostMapping(value = "/api/payments/test/postback", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    @ProblemResponse(status = 409, description = "A replay of an event already received, or the amount, currency or sale is "
                                                 + "not the purchase's; nothing was credited")
    CallbackView testPostback(@Parameter(hidden = true) @RequestParam Map<String, String> params) {
        return new CallbackView(callbacks.receive(TestProvider.NAME, params).name());
    }

    @Operation(summary = "The test provider's checkout page: the buyer approves, declines, refunds or charges back (TEST MODE)")
    @PostMapping("/api/payments/test/purchases/{id}/events")
    @ResponseStatus(HttpStatus.ACCEPTED)
    TestEventView testEvent(@AuthenticationPrincipal AuthUser caller, @PathVariable String id,
                            @Valid @RequestBody TestEventRequest body) {
        UUID purchase = Ids.parseUuid(id).orElseThrow(() -> ApiProblem.notFound("Purchase"));
        String back = appUrl() + "/wallet/purchases/" + purchase + (body.event() == PaymentProvider.Event.decline ? "?declined=1" : "");
        testCheckout.send(caller, purchase, body.event());
        return new TestEventView(purchase, body.event().name(), back);
    }

    private String appUrl() {
        String configured = settings.publicUrl();
        if (configured != null && !configured.isBlank()) return configured.replaceAll("/+$", "");
        return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
    }
}
